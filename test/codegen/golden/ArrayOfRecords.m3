(* Arrays of records: defaults apply to every element; records copy in and out of arrays. *)
MODULE ArrayOfRecords EXPORTS Main;
IMPORT IO, Fmt;
TYPE
  Cell = RECORD alive := TRUE; age: [0 .. 100] := 1 END;
  Row = ARRAY [1 .. 3] OF Cell;
VAR row: Row; c: Cell;
BEGIN
  row[2].alive := FALSE;
  c := row[3];
  c.age := 50;
  row[1] := c;
  FOR i := 1 TO 3 DO IO.Put(Fmt.Bool(row[i].alive) & "/" & Fmt.Int(row[i].age) & " ") END;
  IO.Put("\n")
END ArrayOfRecords.
