package org.activationlab.app.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.VBox;
import org.activationlab.core.chain.BigMag;
import org.activationlab.core.chain.ParamUpdate;

/**
 * Every layer in a table: w and b editable (a malformed or refused number shows the reason above
 * the table and the cell keeps its old value), then z, a, f′, the factor w·f′ (red ▲ / blue ▼),
 * dC/db_j and the bias update, raw and clipped. Rows are layer numbers; the cells read the current
 * {@link ChainState}, so a new state is one {@code refresh()}. Virtualised: 10,000 rows are fine.
 */
final class LayerTable extends VBox {
    private final ChainViewModel vm;
    final TableView<Integer> table = new TableView<>();
    final Label message = new Label();
    private ChainState state;
    /** Every cell made for this table (weakly held), so a new state re-reads only the shown ones. */
    private final java.util.Set<Rereads> cells =
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    LayerTable(ChainViewModel vm) {
        super(4);
        this.vm = vm;
        table.setId("chain-table");
        message.setId("chain-table-message");
        message.getStyleClass().add("chain-error");
        message.setWrapText(true);
        message.setManaged(false);
        message.setVisible(false);
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().addAll(List.of(
                text("j", "Layer number (1 = next to the input)", j -> Integer.toString(j)),
                editable("w", "Weight w_j: double-click to type a new value", true),
                editable("b", "Bias b_j: double-click to type a new value", false),
                text("z", "z_j = w_j·a_(j−1) + b_j", j -> Numbers.format(state.result().z(j), 4)),
                text("a", "a_j = f(z_j)", j -> Numbers.format(state.result().a(j), 4)),
                text("f′", "f′(z_j), the activation's slope at z_j", j -> Numbers.format(state.result().derivative(j), 4)),
                factorColumn(),
                text("dC/db", "dC/db_j = f′(z_j)·dC/da_j", j -> Numbers.format(state.result().dCdb(j), 4)),
                text("step b", "Raw step η·dC/db_j (before clipping)", j -> Numbers.format(bias(j).rawStep(), 4)),
                text("clipped", "Step actually taken, after clipping", j -> Numbers.format(bias(j).step(), 4)),
                text("new b", "b_j − step: the bias after one update", j -> Numbers.format(bias(j).newValue(), 5))));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(message, table);
    }

    private ParamUpdate bias(int j) {
        return state.update().bias(j);
    }

    void show(ChainState s) {
        boolean resized = state == null || state.depth() != s.depth();
        state = s;
        if (resized) {
            List<Integer> rows = new ArrayList<>(s.depth());
            for (int j = 1; j <= s.depth(); j++) {
                rows.add(j);
            }
            table.getItems().setAll(rows);
        } else {
            // not refresh(): that throws every cell away and re-creates it (skin, CSS) each frame
            // of a drag; the existing cells just read their new text
            for (Rereads c : cells) {
                c.reread();
            }
        }
    }

    /** Shows a refusal (or clears it with null). */
    void showMessage(String text) {
        message.setText(text == null ? "" : text);
        message.setVisible(text != null);
        message.setManaged(text != null);
    }

    private static <T> TableColumn<Integer, String> header(String name, String tip) {
        TableColumn<Integer, String> c = new TableColumn<>();
        Label l = new Label(name);
        l.setTooltip(new Tooltip(tip));
        c.setGraphic(l);
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    private TableColumn<Integer, String> text(String name, String tip, Function<Integer, String> value) {
        TableColumn<Integer, String> c = header(name, tip);
        c.setEditable(false);
        c.setCellFactory(col -> remember(new LiveCell()));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(state == null ? "" : value.apply(d.getValue())));
        return c;
    }

    private TableColumn<Integer, String> editable(String name, String tip, boolean weight) {
        TableColumn<Integer, String> c = header(name, tip);
        c.setId(weight ? "chain-col-w" : "chain-col-b");
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(state == null ? "" : Numbers.input(
                weight ? state.chain().weight(d.getValue()) : state.chain().bias(d.getValue()))));
        c.setCellFactory(col -> remember(new LiveTextFieldCell()));
        BiFunction<Integer, String, Void> apply = (j, text) -> {
            double v = Numbers.parse((weight ? "w" : "b") + " of layer " + j, text);
            if (weight) {
                vm.setWeight(j, v);
            } else {
                vm.setBias(j, v);
            }
            return null;
        };
        c.setOnEditCommit(e -> {
            try {
                apply.apply(e.getRowValue(), e.getNewValue());
                showMessage(null);
            } catch (IllegalArgumentException ex) {
                showMessage(ex.getMessage() + " (kept " + e.getOldValue() + ")");
                table.refresh();
            }
        });
        return c;
    }

    private TableColumn<Integer, String> factorColumn() {
        TableColumn<Integer, String> c = text("w·f′", "The factor w_j·f′(z_j): red ▲ if |factor| > 1 (the product grows), "
                + "blue ▼ if < 1 (it shrinks)", j -> Numbers.format(state.result().factor(j), 4));
        c.setCellFactory(col -> remember(new LiveCell() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || getTableRow() == null || getTableRow().getItem() == null) {
                    setText(null);
                    setStyle("");
                    return;
                }
                int cmp = state.result().factor(getTableRow().getItem()).compareMagnitude(BigMag.ONE);
                setText(Colors.symbolFor(cmp) + " " + item);
                String style = "-fx-text-fill: " + Colors.web(Colors.forFactor(cmp)) + ";";
                if (!style.equals(getStyle())) {
                    setStyle(style);
                }
            }
        }));
        return c;
    }

    private <C extends TableCell<Integer, String> & Rereads> C remember(C cell) {
        cells.add(cell);
        return cell;
    }

    /** A cell that can show its row's current value again without being re-created. */
    private interface Rereads {
        void reread();
    }

    /** The value of a shown, non-editing cell, or null when it shows no row (unchanged text is skipped by the callers). */
    private static String current(TableCell<Integer, String> c) {
        int i = c.getIndex();
        if (c.getTableView() == null || c.getTableColumn() == null || c.isEditing() || c.isEmpty()
                || i < 0 || i >= c.getTableView().getItems().size()) {
            return null;
        }
        return c.getTableColumn().getCellObservableValue(i).getValue();
    }

    /** A plain text cell. */
    private static class LiveCell extends TableCell<Integer, String> implements Rereads {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item);
        }

        @Override
        public void reread() {
            String v = current(this);
            if (v != null && !v.equals(getItem())) {
                updateItem(v, false);
            }
        }
    }

    /** The editable w / b cell (double-click to type). */
    private static final class LiveTextFieldCell extends TextFieldTableCell<Integer, String> implements Rereads {
        LiveTextFieldCell() {
            super(new javafx.util.converter.DefaultStringConverter());
        }

        @Override
        public void reread() {
            String v = current(this);
            if (v != null && !v.equals(getItem())) {
                updateItem(v, false);
            }
        }
    }
}
