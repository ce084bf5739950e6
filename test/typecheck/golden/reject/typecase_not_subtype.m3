(* Each TYPECASE arm's type must be a subtype of the selector's type. *)
MODULE TypecaseNotSubtype EXPORTS Main;

TYPE
  Animal = OBJECT legs: INTEGER END;
  Plant = OBJECT leaves: INTEGER END;

VAR a: Animal := NEW(Animal);

BEGIN
  TYPECASE a OF
  | Plant => a := NIL;
  ELSE
  END;
END TypecaseNotSubtype.
