package org.countyhall.core.api.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.support.table.ShellTable;
import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * {@code <scope>:list [filters] [--offset N] [--limit N]}: one page of a domain's search as a table, then
 * "{@code shown of total}". The subclass declares its filter options, asks its service for the page and turns an item
 * into the row's cells (null cells print empty); paging is the same {@link PageRequest} as over REST.
 */
@ConsumerType
public abstract class ListCommand<T> implements Action {

    @Option(name = "--offset", description = "First row (0 = the first)")
    private int offset;

    @Option(name = "--limit", description = "Rows per page (at most " + PageRequest.MAX_LIMIT + ")")
    private int limit = PageRequest.DEFAULT_LIMIT;

    private final List<String> columns;

    /** @param columns the table's headings, in the order of {@link #row}'s cells */
    protected ListCommand(String... columns) {
        this.columns = List.of(columns);
    }

    /** The page, from the domain's service (it checks access and filters as REST does). */
    protected abstract Page<T> page(PageRequest page);

    /** One cell per column. */
    protected abstract Object[] row(T item);

    @Override
    public final Object execute() {
        Page<T> page = page(PageRequest.of(offset, limit));
        ShellTable table = new ShellTable();
        columns.forEach(table::column);
        for (T item : page.items()) {
            Object[] cells = row(item);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i] == null ? "" : cells[i];
            }
            table.addRow().addContent(cells);
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total());
        return null;
    }
}
