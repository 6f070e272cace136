/**
 * The paging seam vendor modules fill with their paging model. Not API for applications.
 */
package dev.waiver.core.paging;
