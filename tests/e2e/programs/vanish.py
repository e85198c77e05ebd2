"""A program that powers dom0 off before the harness can print its marker (a failure-mode check)."""

import time

with open("/proc/sysrq-trigger", "w") as trigger:
    trigger.write("o")
time.sleep(60)  # the power off is asynchronous: never return to the init that would print the marker
