"""PDF summaries of a case and of a hearing (ReportLab)."""
