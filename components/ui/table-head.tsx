/** A column of a table: its heading, and how the column looks (its width, alignment, when it shows). */
export type Column = readonly [label: string, className: string];

/** A table's row of column headings, in the look every table of the account shares. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead className="border-b border-gray-200 text-gray-700">
      <tr>
        {columns.map(([label, className]) => (
          <th key={label} scope="col" className={className}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
