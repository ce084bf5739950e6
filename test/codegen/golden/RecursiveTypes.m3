(* Recursive types through REF: a binary search tree with insertion and in-order traversal. *)
MODULE RecursiveTypes EXPORTS Main;
IMPORT IO, Fmt;
TYPE Tree = REF RECORD key: INTEGER; left, right: Tree END;
PROCEDURE Insert (VAR t: Tree; k: INTEGER) =
  BEGIN
    IF t = NIL THEN t := NEW(Tree, key := k)
    ELSIF k < t.key THEN Insert(t.left, k)
    ELSE Insert(t.right, k)
    END
  END Insert;
PROCEDURE Walk (t: Tree) =
  BEGIN
    IF t # NIL THEN Walk(t.left); IO.Put(Fmt.Int(t.key) & " "); Walk(t.right) END
  END Walk;
VAR root: Tree := NIL;
BEGIN
  FOR k := 1 TO 9 DO Insert(root, (k * 5) MOD 9) END;
  Walk(root);
  IO.Put("\n")
END RecursiveTypes.
