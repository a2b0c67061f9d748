"""unreasonable-transfer (law.md R11): a transfer of post or place without the
worker's written agreement. Being built by the first rules engineer (claimed)."""
