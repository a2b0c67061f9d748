"""The command line: `caseapp.cli.main` (parser, registry, exit codes) and one
module per command."""
