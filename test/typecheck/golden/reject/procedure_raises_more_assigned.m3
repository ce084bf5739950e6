(* A procedure that may raise more than a procedure variable's type allows cannot be assigned to
   it: RAISES is part of a procedure type, and the message shows both sets. *)
MODULE ProcedureRaisesMoreAssigned EXPORTS Main;

EXCEPTION Full;

TYPE Action = PROCEDURE (n: INTEGER);

PROCEDURE Push (n: INTEGER) RAISES {Full} =
  BEGIN
    IF n > 10 THEN RAISE Full END;
  END Push;

VAR act: Action;

BEGIN
  act := Push;
  act(1);
END ProcedureRaisesMoreAssigned.
