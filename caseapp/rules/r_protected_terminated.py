"""protected-worker-terminated (LCL 42; Dispatch Provisions 13). Being built by the second rules engineer."""
