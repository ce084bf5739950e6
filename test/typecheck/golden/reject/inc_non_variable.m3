(* INC and DEC update a variable. *)
MODULE IncNonVariable EXPORTS Main;

CONST Limit = 3;

BEGIN
  INC(Limit);
END IncNonVariable.
