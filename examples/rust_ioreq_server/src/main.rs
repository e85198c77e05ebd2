//! A small device model on the generated `xen_abi_bindings` crate: it serves a guest's
//! port I/O and MMIO through an IOREQ server built from the stable core only, and makes
//! one tools-only call (domctl getdomaininfo) through the run-time release dispatch,
//! so the same binary runs on every Xen of the crate's range.
//!
//!     ioreq-server --domid D --ports 0x510 0x51f --mmio 0xf0000000 0xf0000fff --timeout 120
//!
//! The device: a read of SIZE bytes at A in [FIRST..LAST] answers byte k =
//! (SEED + (A - FIRST) + k) & 0xff (SEED 0xa0 for ports, 0xc0 for MMIO); writes are
//! printed; a port write at LAST ends the run. Output, one line each: `SELF sha256=...`,
//! `TOOLS ...`, `READY`, `IO type=.. dir=.. addr=.. size=.. data=..` per request, `DONE`.

mod sha256;

use std::io::Write;
use std::process::exit;
use std::time::{Duration, Instant};

use xen_abi_bindings::error::Error;
use xen_abi_bindings::evtchn::Evtchn;
use xen_abi_bindings::ioreq::{self, IoreqServer, Request};
use xen_abi_bindings::privcmd::Privcmd;
use xen_abi_bindings::{toolsops, version};

struct Args {
    domid: u16,
    ports: (u64, u64),
    mmio: (u64, u64),
    timeout: Duration,
}

fn number(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let parsed = match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => t.parse(),
    };
    parsed.map_err(|_| format!("not a number: {:?}", text))
}

fn parse_args() -> Result<Args, String> {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let (mut domid, mut ports, mut mmio, mut timeout) = (None, None, None, 120u64);
    let mut i = 0;
    let value = |i: usize| argv.get(i).map(String::as_str).ok_or_else(|| format!("{} needs a value", argv[i - 1]));
    while i < argv.len() {
        match argv[i].as_str() {
            "--domid" => {
                domid = Some(number(value(i + 1)?)? as u16);
                i += 2;
            }
            "--ports" | "--mmio" => {
                let range = (number(value(i + 1)?)?, number(value(i + 2)?)?);
                if argv[i] == "--ports" { ports = Some(range) } else { mmio = Some(range) }
                i += 3;
            }
            "--timeout" => {
                timeout = number(value(i + 1)?)?;
                i += 2;
            }
            other => return Err(format!("unknown argument {:?}", other)),
        }
    }
    Ok(Args {
        domid: domid.ok_or("--domid is required")?,
        ports: ports.ok_or("--ports is required")?,
        mmio: mmio.ok_or("--mmio is required")?,
        timeout: Duration::from_secs(timeout),
    })
}

/// The device's answer to a read: byte k is (seed + offset + k) & 0xff, little-endian.
fn answer(seed: u64, offset: u64, size: u32) -> u64 {
    (0..size.min(8) as u64).fold(0, |v, k| v | (((seed + offset + k) & 0xff) << (8 * k)))
}

fn type_name(kind: u8) -> String {
    match kind {
        ioreq::TYPE_PIO => "pio".into(),
        ioreq::TYPE_COPY => "mmio".into(),
        ioreq::TYPE_INVALIDATE => "invalidate".into(),
        ioreq::TYPE_TIMEOFFSET => "timeoffset".into(),
        n => n.to_string(),
    }
}

fn say(line: &str) {
    let mut out = std::io::stdout();
    let _ = writeln!(out, "{}", line);
    let _ = out.flush();
}

fn run(args: &Args) -> Result<bool, Error> {
    // Tools-only, through the run-time dispatch: needs the unrestricted privcmd.
    let release = version::running_release()?;
    let pc = Privcmd::open()?;
    let info = toolsops::getdomaininfo(&pc, release, args.domid)?;
    say(&format!(
        "TOOLS release={} domctl_interface_version={:#x} domain={} max_vcpu_id={} tot_pages={} max_pages={}",
        release,
        toolsops::domctl_interface_version(release),
        info.domain,
        info.max_vcpu_id,
        info.tot_pages,
        info.max_pages
    ));

    let ev = Evtchn::open()?;
    pc.restrict(args.domid)?;
    ev.restrict(args.domid)?;
    let mut server = IoreqServer::new(&pc, args.domid);
    let nr_vcpus = server.nr_vcpus()?;
    server.create(0)?;
    let page = server.map_ioreq_page(nr_vcpus)?;
    server.map_io_range(ioreq::RANGE_PORT, args.ports.0, args.ports.1)?;
    server.map_io_range(ioreq::RANGE_MEMORY, args.mmio.0, args.mmio.1)?;
    server.set_state(true)?;
    let ports = server.bind_ports(&page, &ev)?;
    say("READY");

    let deadline = Instant::now() + args.timeout;
    let finished = std::cell::Cell::new(false);
    let mut handle = |r: &Request| -> Option<u64> {
        let mut data = if r.size >= 8 { r.data } else { r.data & ((1u64 << (8 * r.size)) - 1) };
        let mut value = None;
        if r.read && !r.data_is_ptr {
            let in_range = |(first, last): (u64, u64)| r.addr >= first && r.addr <= last;
            if r.kind == ioreq::TYPE_PIO && in_range(args.ports) {
                value = Some(answer(0xa0, r.addr - args.ports.0, r.size));
            } else if r.kind == ioreq::TYPE_COPY && in_range(args.mmio) {
                value = Some(answer(0xc0, r.addr - args.mmio.0, r.size));
            } else {
                value = Some(!0u64 >> (64 - 8 * r.size.clamp(1, 8)));
            }
            data = value.unwrap_or(0);
        }
        say(&format!(
            "IO type={} dir={} addr={:#x} size={} data={:#x}",
            type_name(r.kind),
            if r.read { "read" } else { "write" },
            r.addr,
            r.size,
            data
        ));
        if r.kind == ioreq::TYPE_PIO && !r.read && r.addr == args.ports.1 {
            finished.set(true);
        }
        value
    };
    while !finished.get() {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        ioreq::serve_pending(&ev, &page, &ports, deadline - now, &mut handle)?;
    }

    // Teardown: disable, give both ranges back, destroy; unbind; unmap the page.
    server.destroy()?;
    ioreq::unbind_ports(&ev, &ports);
    drop(page);
    Ok(finished.get())
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("ioreq-server: error: {}", e);
            exit(2);
        }
    };
    match std::fs::read("/proc/self/exe") {
        Ok(bytes) => say(&format!("SELF sha256={}", sha256::hex(&bytes))),
        Err(e) => say(&format!("SELF sha256=unknown ({})", e)),
    }
    match run(&args) {
        Ok(true) => say("DONE"),
        Ok(false) => {
            eprintln!("ioreq-server: error: no exit write from the guest within {} s", args.timeout.as_secs());
            exit(1);
        }
        Err(e) => {
            eprintln!("ioreq-server: error: {}", e);
            exit(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_device_answers_as_the_contract_says() {
        assert_eq!(answer(0xa0, 0, 1), 0xa0);
        assert_eq!(answer(0xa0, 4, 4), 0xa7a6a5a4);
        assert_eq!(answer(0xc0, 2, 2), 0xc3c2);
        assert_eq!(answer(0xa0, 0x5f, 2), 0x00ff); // byte 1 wraps to 0x00
    }

    #[test]
    fn numbers_are_hex_or_decimal() {
        assert_eq!(number("0x510"), Ok(0x510));
        assert_eq!(number("7"), Ok(7));
        assert!(number("x").is_err());
    }
}
