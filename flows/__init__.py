"""Running dialogplan for real: reading and writing files, the Prefect flow and the command line.

Importing this package stays cheap; only :mod:`flows.plan` loads Prefect.
"""
