"""Find a real Elasticsearch for the tests: ELASTICSEARCH_URL, or the project's local node."""

import os
import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

ES_SCRIPT = Path(__file__).resolve().parent.parent / "tools" / "elasticsearch" / "es.sh"


class ElasticsearchUnavailable(RuntimeError):
    pass


def elasticsearch_url() -> str:
    """The URL of a healthy node; starts the local one (as `make elasticsearch` does) if needed."""
    url = os.environ.get("ELASTICSEARCH_URL", "").strip()
    if url:
        return url
    try:
        result = subprocess.run(
            [str(ES_SCRIPT), "start"], capture_output=True, text=True, timeout=900, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ElasticsearchUnavailable(f"could not run {ES_SCRIPT.name}: {error}") from error
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        detail = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise ElasticsearchUnavailable(f"local Elasticsearch did not start: {detail}")
    return lines[-1].strip()


def free_ports(count: int) -> list[int]:
    """Ports on 127.0.0.1 that nothing listens on now, chosen by the system (never 9200/9300)."""
    sockets = []
    try:
        for _ in range(count):
            probe = socket.socket()
            probe.bind(("127.0.0.1", 0))
            sockets.append(probe)
        return [probe.getsockname()[1] for probe in sockets]
    finally:
        for probe in sockets:
            probe.close()


@dataclass
class Cluster:
    """Nodes started by `es.sh cluster start` in their own folder, on ports of their own."""

    directory: Path
    environment: dict[str, str]
    urls: list[str]

    def pid(self, node: str) -> int:
        return int((self.directory / node / "es.pid").read_text().strip())

    def stop(self) -> None:
        """Stop every node still running and remove the folder with their data and logs."""
        try:
            subprocess.run(
                [str(ES_SCRIPT), "cluster", "stop"],
                env=self.environment,
                capture_output=True,
                timeout=180,
                check=False,
            )
        finally:
            shutil.rmtree(self.directory, ignore_errors=True)


def start_cluster(directory: Path, count: int = 3) -> Cluster:
    """`count` nodes of one new cluster (512 MB heap each) with their data in `directory`."""
    http, transport = free_ports(count), free_ports(count)
    environment = {
        **os.environ,
        "ES_CLUSTER_DIR": str(directory),
        "ES_CLUSTER_NAME": f"proxlab-test-{directory.name}",
        "ES_HTTP_PORTS": ",".join(map(str, http)),
        "ES_TRANSPORT_PORTS": ",".join(map(str, transport)),
        "ES_START_TIMEOUT": "120",
    }
    cluster = Cluster(directory, environment, [])
    try:
        result = subprocess.run(
            [str(ES_SCRIPT), "cluster", "start", str(count)],
            env=environment,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        cluster.stop()
        raise ElasticsearchUnavailable(f"could not run {ES_SCRIPT.name}: {error}") from error
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        cluster.stop()
        said = [line for line in result.stderr.splitlines() if line.startswith("es.sh: ")]
        tail = "\n".join(result.stderr.strip().splitlines()[-20:])
        detail = said[0] if said else "no output"
        raise ElasticsearchUnavailable(f"the local cluster did not start: {detail}\n{tail}")
    cluster.urls = lines[-1].strip().split(",")
    return cluster
