CREATE RANGE INDEX theft_report_occurred_on IF NOT EXISTS FOR (n:TheftReport) ON (n.occurredOn)
