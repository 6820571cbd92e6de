/** `HH:MM` on a quarter hour; the schedule rules check it again with the field's path. */
export const QUARTER_HOUR_PATTERN = /^([01]\d|2[0-3]):(00|15|30|45)$/;
