"""social-insurance-gap (law.md R09, §6): months recorded unpaid or partly paid.
Being built by the first rules engineer (claimed)."""
