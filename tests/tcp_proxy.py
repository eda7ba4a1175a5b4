"""A real TCP proxy in front of Elasticsearch that can forward, hang or refuse, for outage tests."""

import select
import socket
import threading
import time


class Proxy:
    """Listens on 127.0.0.1:<port>; `mode` is "forward", "hang" (a frozen node, as after
    SIGSTOP: new connections are accepted and never answered, open ones stop relaying until
    the mode is "forward" again, as after SIGCONT) or "down" (nothing listens: connections are
    refused, as with a stopped node)."""

    def __init__(self, target_host: str, target_port: int):
        self.target = (target_host, target_port)
        self.mode = "forward"
        self._held: list[socket.socket] = []
        self.connections = 0  # accepted so far: how often a client tried while it hung
        self._listener = self._listen(0)
        self.port = self._listener.getsockname()[1]
        self._stop = False
        threading.Thread(target=self._accept_loop, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _listen(self, port: int) -> socket.socket:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", port))
        listener.listen(64)
        listener.settimeout(0.1)
        return listener

    def down(self) -> None:
        self.mode = "down"
        self._listener.close()

    def up(self, mode: str = "forward") -> None:
        if self.mode == "down":
            self._listener = self._listen(self.port)
        self.mode = mode

    def close(self) -> None:
        self._stop = True
        self._listener.close()
        for conn in self._held:
            conn.close()

    def _accept_loop(self) -> None:
        while not self._stop:
            try:
                conn, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            if self.mode == "hang":
                self._held.append(conn)
            else:
                threading.Thread(target=self._pipe, args=(conn,), daemon=True).start()

    def _pipe(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.target)
        except OSError:
            client.close()
            return
        sockets = [client, upstream]
        try:
            idle = 0.0
            while not self._stop:
                if self.mode == "hang":  # frozen: what was sent waits in the socket buffers
                    time.sleep(0.05)
                    continue
                readable, _, _ = select.select(sockets, [], [], 0.5)
                if self.mode == "hang":
                    continue
                idle = 0.0 if readable else idle + 0.5
                if idle >= 30:
                    break
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    (upstream if sock is client else client).sendall(data)
        except OSError:
            pass
        finally:
            client.close()
            upstream.close()
