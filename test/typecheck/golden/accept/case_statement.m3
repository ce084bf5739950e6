(* CASE: constant labels and ranges of the selector's type, with or without ELSE. Without ELSE
   a value matching no arm is a checked run-time error. *)
MODULE CaseStatement EXPORTS Main;

IMPORT IO;

TYPE Grade = {A, B, C, D, F};

PROCEDURE Classify (c: CHAR): TEXT =
  BEGIN
    CASE c OF
    | 'a' .. 'z', 'A' .. 'Z' => RETURN "letter";
    | '0' .. '9' => RETURN "digit";
    | ' ', '\t', '\n' => RETURN "space";
    ELSE
      RETURN "other";
    END;
  END Classify;

PROCEDURE Passed (g: Grade): BOOLEAN =
  BEGIN
    CASE g OF
    | Grade.A .. Grade.C => RETURN TRUE;
    | Grade.D, Grade.F => RETURN FALSE;
    END;
  END Passed;

BEGIN
  IF Passed(Grade.B) THEN IO.Put(Classify('x')) END;
END CaseStatement.
