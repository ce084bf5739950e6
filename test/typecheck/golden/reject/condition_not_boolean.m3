(* IF needs a BOOLEAN condition. *)
MODULE ConditionNotBoolean EXPORTS Main;

VAR n := 1;

BEGIN
  IF n THEN n := 0 END;
END ConditionNotBoolean.
