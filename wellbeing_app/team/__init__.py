"""Team summaries: signed weekly files an agent opted in to share."""
