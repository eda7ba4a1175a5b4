"""Django's database cache with an atomic ``incr``, for the shared cache's rate limits.

Django's DatabaseCache inherits ``incr`` from BaseCache: a get, then a set. Twelve requests at
once all read the same count, and a limit of five lets most of them through. Redis increments
atomically; this does the same in SQL on SQLite and PostgreSQL alike.
"""

import base64
import pickle

from django.core.cache.backends.db import DatabaseCache
from django.db import connections, models, router, transaction
from django.utils.timezone import now


class AtomicDatabaseCache(DatabaseCache):
    def incr(self, key, delta: int = 1, version=None) -> int:
        key = self.make_and_validate_key(key, version=version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        quote = connection.ops.quote_name
        table, cache_key = quote(self._table), quote("cache_key")
        value_column, expires_column = quote("value"), quote("expires")
        with transaction.atomic(using=db), connection.cursor() as cursor:
            # Write before reading: the UPDATE takes the row's lock (PostgreSQL) or the
            # database's write lock (SQLite) first, so concurrent increments queue here.
            cursor.execute(
                f"UPDATE {table} SET {expires_column} = {expires_column} WHERE {cache_key} = %s",
                [key],
            )
            cursor.execute(
                f"SELECT {value_column}, {expires_column} FROM {table} WHERE {cache_key} = %s",
                [key],
            )
            row = cursor.fetchone()
            if row is None or self._expired(connection, row[1]):
                raise ValueError(f"Key '{key}' not found")
            value = pickle.loads(base64.b64decode(connection.ops.process_clob(row[0]).encode()))
            value += delta
            pickled = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")
            cursor.execute(
                f"UPDATE {table} SET {value_column} = %s WHERE {cache_key} = %s", [pickled, key]
            )
        return value

    @staticmethod
    def _expired(connection, expires) -> bool:
        expression = models.Expression(output_field=models.DateTimeField())
        converters = connection.ops.get_db_converters(expression)
        for converter in converters + expression.get_db_converters(connection):
            expires = converter(expires, expression, connection)
        return expires < now()
