"""Support details on the Help page: facts for tech-support staff, the report, and the chart."""
