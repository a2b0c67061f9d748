"""working-conditions-withdrawn (law.md R10): access, tools or workplace taken
away while still employed. Being built by the first rules engineer (claimed)."""
