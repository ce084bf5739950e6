(* REF types: NEW, dereference, implicit dereference of fields, NIL and sharing. *)
MODULE Refs EXPORTS Main;
IMPORT IO, Fmt;
TYPE
  Node = REF RECORD value: INTEGER; next: Node END;
VAR list: Node := NIL; p: Node; n := NEW(REF INTEGER);
BEGIN
  FOR i := 1 TO 5 DO list := NEW(Node, value := i, next := list) END;
  p := list;
  WHILE p # NIL DO IO.Put(Fmt.Int(p.value) & " "); p := p^.next END;
  n^ := 42;
  IO.Put(Fmt.Int(n^) & "\n")
END Refs.
