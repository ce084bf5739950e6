(* Recursive types are legal through REF, OBJECT and PROCEDURE; mutual recursion works across
   declarations in any order. *)
MODULE RecursiveTypes EXPORTS Main;

IMPORT IO, Fmt;

TYPE
  List = REF RECORD head: INTEGER; tail: List END;
  Tree = REF RECORD left, right: Tree; key: INTEGER END;
  Even = REF RECORD next: Odd END;
  Odd = REF RECORD next: Even END;
  Visitor = PROCEDURE (t: Tree; again: Visitor);

PROCEDURE Length (l: List): CARDINAL =
  BEGIN
    IF l = NIL THEN RETURN 0 ELSE RETURN 1 + Length(l.tail) END;
  END Length;

PROCEDURE Walk (t: Tree; again: Visitor) =
  BEGIN
    IF t # NIL THEN again(t.left, again); again(t.right, again) END;
  END Walk;

VAR
  list := NEW(List, head := 1, tail := NEW(List, head := 2, tail := NIL));
  tree := NEW(Tree, key := 5);
  e := NEW(Even, next := NEW(Odd, next := NIL));

BEGIN
  Walk(tree, Walk);
  IF e.next.next = NIL THEN IO.Put(Fmt.Int(Length(list)) & "\n") END;
END RecursiveTypes.
