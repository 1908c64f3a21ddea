"""Store layer: logged calls."""
