(* WITH on a record field through a reference aliases the heap object. *)
MODULE WithRecord EXPORTS Main;
IMPORT IO, Fmt;
TYPE P = REF RECORD pos: RECORD x, y: INTEGER END END;
VAR p := NEW(P);
BEGIN
  WITH q = p.pos DO q.x := 3; q.y := q.x + 1 END;
  IO.Put(Fmt.Int(p.pos.x) & "," & Fmt.Int(p.pos.y) & "\n")
END WithRecord.
