"""labour-inspection-route (law.md R24; LCL 85; Mediation and Arbitration
Law art. 9; Beijing 534 Q6). Being built by the second rules engineer."""
