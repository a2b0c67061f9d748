"""disguised-dispatch (law.md R15): an "outsourcing" arrangement in which the
client directs the work. Being built by the first rules engineer (claimed)."""
