"""Language data read at run time (word lists, publisher names), each file with its provenance."""
