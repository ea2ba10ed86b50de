-- IndicatorUnit gains POINTS (a 0–100 score that is not a share). SQLite stores
-- enum values as text, so no table changes; this keeps both providers in step.
SELECT 1;
