"""Running dialogplan for real: reading and writing files, the Prefect flow and the command line.

Importing this package stays cheap: the command line loads Prefect only for the commands
that run flows.
"""
