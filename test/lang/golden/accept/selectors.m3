MODULE Selectors;

TYPE
  Cell = REF RECORD items: ARRAY [0 .. 3] OF REF ARRAY OF INTEGER; next: Cell END;
  Obj = OBJECT m: Cell METHODS get(i: INTEGER): Cell END;

VAR c: Cell; o: Obj; grid: ARRAY [0 .. 2], [0 .. 2] OF INTEGER;

BEGIN
  c.next^.items[1]^[2] := 3;
  c^.items[0][1] := o.get(1).items[2, 1];
  grid[1, 2] := grid[0][0];
  EVAL o.get(0).next.next
END Selectors.
