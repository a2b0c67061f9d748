"""dispatch-termination-after-return (law.md R14): the agency ends the contract
after a return when only worse terms, or none, were offered. Being built by the
first rules engineer (claimed)."""
