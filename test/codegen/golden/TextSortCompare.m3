(* Sorting texts with Text.Compare: an insertion sort gives byte order, capitals first. *)
MODULE TextSortCompare EXPORTS Main;
IMPORT IO, Text;
VAR names := ARRAY [0 .. 5] OF TEXT{"pear", "Apple", "fig", "apple", "banana", "Fig"};
    t: TEXT; j: INTEGER;
BEGIN
  FOR i := 1 TO LAST(names) DO
    t := names[i];
    j := i - 1;
    WHILE j >= 0 AND Text.Compare(names[j], t) > 0 DO names[j + 1] := names[j]; DEC(j) END;
    names[j + 1] := t
  END;
  FOR i := FIRST(names) TO LAST(names) DO IO.Put(names[i] & "\n") END
END TextSortCompare.
