"""contract-expiry (law.md R18): the contract ends within 60 days or has ended.
Being built by the first rules engineer (claimed)."""
