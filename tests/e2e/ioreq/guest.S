/* The e2e test's PVH guest: accesses of 1, 2 and 4 bytes to an I/O port range and an MMIO range, each
 * served by the IOREQ server under test.  For each size it writes a value, reads the register back
 * (the server answers a pattern of the address) and writes what it read to the next register, so the
 * server sees the round trip; it prints what it read on Xen's debug port 0xe9 ("(dN) PVH-GUEST ..." on
 * Xen's console with guest_loglvl=all), writes the exit register (the last port) and powers off.
 * Built with --defsym SILENT=1 it does no I/O at all and waits forever (a failure-mode test).
 *
 * Entered in 32-bit protected mode, paging off, flat segments (XEN_ELFNOTE_PHYS32_ENTRY).
 * The addresses and values here are the ones tests/e2e/xen_e2e/ioreq.py expects. */
        .set PORTS, 0x510               /* the port range is 0x510..0x51f */
        .set EXIT_PORT, 0x51f
        .set MMIO, 0xf0000000           /* the MMIO range is 0xf0000000..0xf0000fff: no RAM of a 16 MB guest */

        .code32
        .section .note.Xen, "a", @note
        .align 4
        .long 4, 4, 18                  /* namesz, descsz, XEN_ELFNOTE_PHYS32_ENTRY */
        .asciz "Xen"
        .long _start

        .text
        .globl _start
_start:
        mov $stack_top, %esp
        mov $banner, %esi
        call puts
.ifdef SILENT
        mov $msg_silent, %esi
        call puts
        sti                             /* hlt with interrupts off would power the guest off */
1:      hlt
        jmp 1b
.else
        /* ports: byte at +0 (echo to +1), word at +2 (echo to +4), dword at +8 (echo to +12) */
        mov $PORTS, %dx
        mov $0x41, %al
        outb %al, %dx
        inb %dx, %al
        mov $PORTS+1, %dx
        outb %al, %dx
        movzbl %al, %eax
        mov $msg_inb, %esi
        call puts
        call puthex

        mov $PORTS+2, %dx
        mov $0xbeef, %ax
        outw %ax, %dx
        inw %dx, %ax
        mov $PORTS+4, %dx
        outw %ax, %dx
        movzwl %ax, %eax
        mov $msg_inw, %esi
        call puts
        call puthex

        mov $PORTS+8, %dx
        mov $0xcafef00d, %eax
        outl %eax, %dx
        inl %dx, %eax
        mov $PORTS+12, %dx
        outl %eax, %dx
        mov $msg_inl, %esi
        call puts
        call puthex

        /* MMIO: the same at the same offsets */
        movb $0x41, MMIO
        movb MMIO, %al
        movb %al, MMIO+1
        movzbl %al, %eax
        mov $msg_readb, %esi
        call puts
        call puthex

        movw $0xbeef, MMIO+2
        movw MMIO+2, %ax
        movw %ax, MMIO+4
        movzwl %ax, %eax
        mov $msg_readw, %esi
        call puts
        call puthex

        movl $0xcafef00d, MMIO+8
        movl MMIO+8, %eax
        movl %eax, MMIO+12
        mov $msg_readl, %esi
        call puts
        call puthex

        /* the exit register: the server tears down after this write */
        mov $EXIT_PORT, %dx
        xor %al, %al
        outb %al, %dx
        mov $msg_done, %esi
        call puts
        /* sched_op(SCHEDOP_shutdown, &{SHUTDOWN_poweroff}) */
        mov $29, %eax
        mov $2, %ebx
        mov $shutdown_reason, %ecx
        vmmcall
1:      hlt
        jmp 1b
.endif

/* puts: print the NUL-terminated string at %esi on port 0xe9 */
puts:   push %eax
        push %edx
        mov $0xe9, %dx
2:      lodsb
        test %al, %al
        jz 3f
        outb %al, %dx
        jmp 2b
3:      pop %edx
        pop %eax
        ret

/* puthex: print %eax as 8 hex digits and a newline on port 0xe9 */
puthex: push %eax
        push %ebx
        push %ecx
        push %edx
        mov %eax, %ebx
        mov $8, %ecx
        mov $0xe9, %dx
4:      rol $4, %ebx
        mov %ebx, %eax
        and $0xf, %eax
        mov hexdigits(%eax), %al
        outb %al, %dx
        loop 4b
        mov $10, %al
        outb %al, %dx
        pop %edx
        pop %ecx
        pop %ebx
        pop %eax
        ret

        .data
banner:     .asciz "PVH-GUEST start\n"
msg_silent: .asciz "PVH-GUEST silent: no I/O, waiting forever\n"
msg_inb:    .asciz "PVH-GUEST inb(0x510) = "
msg_inw:    .asciz "PVH-GUEST inw(0x512) = "
msg_inl:    .asciz "PVH-GUEST inl(0x518) = "
msg_readb:  .asciz "PVH-GUEST readb(0xf0000000) = "
msg_readw:  .asciz "PVH-GUEST readw(0xf0000002) = "
msg_readl:  .asciz "PVH-GUEST readl(0xf0000008) = "
msg_done:   .asciz "PVH-GUEST done\n"
hexdigits:  .ascii "0123456789abcdef"
        .align 4
shutdown_reason: .long 0                /* SHUTDOWN_poweroff */
        .bss
        .align 16
        .space 4096
stack_top:
