(* Binary trees (after the benchmarks game): allocation and collection. *)
MODULE BenchTrees;

TYPE Tree = REF RECORD left, right: Tree END;

PROCEDURE Make (depth: INTEGER): Tree =
  BEGIN
    IF depth = 0 THEN RETURN NEW(Tree, left := NIL, right := NIL) END;
    RETURN NEW(Tree, left := Make(depth - 1), right := Make(depth - 1))
  END Make;

PROCEDURE Check (t: Tree): INTEGER =
  BEGIN
    IF t.left = NIL THEN RETURN 1 END;
    RETURN 1 + Check(t.left) + Check(t.right)
  END Check;

PROCEDURE Run (n: INTEGER): INTEGER =
  VAR
    total := Check(Make(n + 1));
    longLived := Make(n);
    depth := 4;
    iterations: INTEGER;
  BEGIN
    WHILE depth <= n DO
      iterations := 1;
      FOR k := 1 TO n - depth + 4 DO iterations := iterations * 2 END;
      FOR i := 1 TO iterations DO INC(total, Check(Make(depth))) END;
      INC(depth, 2)
    END;
    RETURN total + Check(longLived)
  END Run;

BEGIN
END BenchTrees.
