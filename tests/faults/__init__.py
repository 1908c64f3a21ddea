"""Fault injection: real processes killed, disks filled, hostile paths and inputs (issue 12)."""
