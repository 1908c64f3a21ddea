"""Tests that run on Windows: under Wine here (``make test-windows``), natively on Windows."""
