(* An implementation may raise less than its interface says, never more: a client's handlers are
   written against the interface's RAISES. *)
MODULE Files;

PROCEDURE Open (name: TEXT): INTEGER RAISES {NotFound} =
  BEGIN
    IF name = NIL THEN RAISE NotFound END;
    RETURN 3
  END Open;

BEGIN
END Files.
