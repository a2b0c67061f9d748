"""targeted-standby (law.md R04): standby while colleagues keep working or the
same role is being hired, or a standby notice addressed to the worker alone.
Being built by the first rules engineer (claimed)."""
