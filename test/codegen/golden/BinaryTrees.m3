(* Binary trees: allocation-heavy recursion that keeps the collector busy. *)
MODULE BinaryTrees EXPORTS Main;
IMPORT IO, Fmt;
TYPE Tree = REF RECORD left, right: Tree END;
PROCEDURE Make (depth: INTEGER): Tree =
  BEGIN
    IF depth = 0 THEN RETURN NEW(Tree) END;
    RETURN NEW(Tree, left := Make(depth - 1), right := Make(depth - 1))
  END Make;
PROCEDURE Check (t: Tree): INTEGER =
  BEGIN
    IF t.left = NIL THEN RETURN 1 END;
    RETURN 1 + Check(t.left) + Check(t.right)
  END Check;
VAR long := Make(14); total := 0;
BEGIN
  FOR i := 1 TO 200 DO INC(total, Check(Make(10))) END;
  IO.Put(Fmt.Int(total) & " " & Fmt.Int(Check(long)) & "\n")
END BinaryTrees.
