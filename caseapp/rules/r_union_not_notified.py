"""union-not-notified (LCL 43). Being built by the second rules engineer."""
