"""The dom0 side of the IOREQ boots: run each server program against a fresh guest, report what happened.

    python3 driver.py /mnt/servers.json

For each run of the list (in order): ``xl create -p`` the run's guest under
a name of its own, start the server program in ``/mnt/servers/<name>`` with
``--domid D --ports FIRST LAST --mmio FIRST LAST --timeout S``, unpause the
guest when the program prints ``READY`` (runs with ``unpause``), collect its
``IO ...`` lines until it exits (killed at a hard deadline), then wait for the
guest to be gone: by itself when the run expects that, else after ``xl
destroy``.  A guest still listed 30 s after that is "stuck".

It judges nothing: it prints one JSON object, ``{"runs": [...], "timings_s"}``,
and the host checks each run (tests/e2e/xen_e2e/ioreq.py).  Standard library
only, and the same file on every Xen.
"""

import json
import os
import queue
import subprocess
import sys
import threading
import time

T0 = time.monotonic()
SERVERS = "/mnt/servers"
GONE_WAIT_S = 30.0
SETUP_S = 180.0  # what a program may take before READY (Python and cffi under emulation are slow)


def log(text):
    print(f"XEN-ABI-E2E-IOREQ [{time.monotonic() - T0:7.1f}] {text}", file=sys.stderr, flush=True)


def xl(*args, timeout=60):
    try:
        return subprocess.run(["xl", *args], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(["xl", *args], 124, "", f"xl {' '.join(args)}: timed out after {timeout} s")


def listed(domid):
    """The guest's ``xl list`` line, or None once it is gone."""
    done = xl("list", str(domid))
    lines = done.stdout.strip().splitlines()
    return lines[-1] if done.returncode == 0 and len(lines) > 1 else None


def wait_gone(domid, seconds):
    deadline = time.monotonic() + seconds
    line = listed(domid)
    while line is not None and time.monotonic() < deadline:
        time.sleep(0.5)
        line = listed(domid)
    return line


def parse_io(line):
    """``IO type=pio dir=read addr=0x510 size=1 data=0xa0`` -> a dict (numbers as ints)."""
    record = {}
    for part in line.split()[1:]:
        key, _, value = part.partition("=")
        try:
            record[key] = int(value, 0) if key in ("addr", "size", "data", "buffered") else value
        except ValueError:
            record[key] = value
    return record


def run_one(run, ranges):
    name = run["name"]
    guest = f"ioreq-{name}"
    out = {"name": name, "argv": run["argv"], "stage": "create", "status": None, "killed": False, "io": []}
    out["other_stdout"], timings = [], {}
    out["timings_s"] = timings
    started = time.monotonic()
    created = xl("create", "-p", run["guest"], f'name="{guest}"', timeout=120)
    timings["xl_create"] = round(time.monotonic() - started, 2)
    if created.returncode != 0:
        out["error"] = (created.stderr or created.stdout).strip()[-2000:]
        log(f"{name}: xl create failed")
        return out
    domid = out["domid"] = int(xl("domid", guest).stdout.strip() or -1)
    log(f"{name}: guest {guest} is domain {domid} (paused)")

    argv = [*run["argv"], "--domid", str(domid), "--ports", *ranges["ports"], "--mmio", *ranges["mmio"]]
    argv += ["--timeout", str(run["timeout"])]
    err_path = f"/tmp/{name}.stderr"
    t = time.monotonic()
    with open(err_path, "w") as err:
        proc = subprocess.Popen(argv, cwd=os.path.join(SERVERS, name), stdout=subprocess.PIPE, stderr=err, text=True)
    out["stage"] = "started"
    deadline = t + SETUP_S + run["timeout"] + 30
    lines = queue.Queue()
    threading.Thread(target=lambda: [*map(lines.put, proc.stdout), lines.put(None)], daemon=True).start()
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            proc.kill()
            out["killed"] = True
            log(f"{name}: killed at the hard deadline ({SETUP_S + run['timeout'] + 30:.0f} s)")
            break
        try:
            line = lines.get(timeout=min(left, 5.0))
        except queue.Empty:
            continue
        if line is None:
            break
        line = line.strip()
        if line == "READY":
            out["stage"] = "ready"
            ready = time.monotonic()
            timings["to_ready"] = round(ready - t, 2)
            log(f"{name}: READY after {timings['to_ready']} s")
            if run["unpause"]:
                xl("unpause", str(domid))
                timings["xl_unpause"] = round(time.monotonic() - ready, 2)
            t = ready
        elif line.startswith("IO "):
            out["stage"] = "serving"
            out["io"].append(parse_io(line))
        elif line == "DONE":
            out["stage"] = "done"
            log(f"{name}: DONE")
        else:
            out["other_stdout"].append(line[:4000])
    out["status"] = proc.wait()
    # From READY (or the start, without one) to the exit: what the program's --timeout bounds.
    timings["ready_to_exit" if "to_ready" in timings else "start_to_exit"] = round(time.monotonic() - t, 2)
    with open(err_path) as err:
        out["stderr"] = err.read().splitlines()[-20:]
    log(f"{name}: exit status {out['status']}, stage {out['stage']}")

    t = time.monotonic()
    if run["guest_ends"]:
        last = wait_gone(domid, GONE_WAIT_S)
        out["guest_end"] = "by itself" if last is None else None
    else:
        last = listed(domid)
        out["guest_end"] = "already gone" if last is None else None
    if last is not None:
        out["guest_before_destroy"] = last
        xl("destroy", str(domid))
        last = wait_gone(domid, GONE_WAIT_S)
        out["guest_end"] = "destroyed" if last is None else "stuck"
        if last is not None:
            out["guest_stuck"] = last
    timings["guest_gone"] = round(time.monotonic() - t, 2)
    log(f"{name}: guest {out['guest_end']}")
    return out


def main():
    with open(sys.argv[1]) as f:
        spec = json.load(f)
    result = {"runs": [], "timings_s": {}}
    for run in spec["runs"]:
        t = time.monotonic()
        result["runs"].append(run_one(run, spec["ranges"]))
        result["timings_s"][run["name"]] = round(time.monotonic() - t, 2)
    result["timings_s"]["total"] = round(time.monotonic() - T0, 2)
    print(json.dumps(result, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
