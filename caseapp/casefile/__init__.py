"""The case file format: read, validate and write both containers.

Public entry points (the format itself is documented in docs/format.md):

- ``codec``: ``case_to_document(case)``, ``document_to_case(doc)``,
  ``info_to_json`` / ``info_from_json``, ``record_to_json`` /
  ``record_from_json(kind, obj)`` — canonical JSON values, checked data only.
- ``reader.read_case_file(path, today, known_cities=None) -> LoadedFile`` —
  a ``.caseapp.json`` or ``.caseapp.zip`` checked completely; raises
  ``errors.CaseFileError`` listing every ``Problem(place, message)``.
- ``writer.write_json(case, out)``, ``writer.write_zip(case, journal_lines,
  evidence_source, out, lang) -> str`` (the SHA-256 of case.json, which is
  ``writer.document_bytes(case)``), ``writer.evidence_path(sha256, name)``.
- ``verify.verify_file(path, today) -> FileVerification``.
- ``canonical`` and ``journal``: the bytes that are hashed, and the chain.

Nothing here imports Qt, SQLAlchemy, storage or services.
"""
