package org.firstsession.shared.privacy;

/**
 * One feature's part of a personal-data export: a record whose properties are written as top-level
 * properties of the export (so the parts together form one flat JSON object).
 */
public interface ExportPart {
}
