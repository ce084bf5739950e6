INTERFACE Limits;

CONST
  Max = 100;
  Min: INTEGER = -Max;
  Half = Max DIV 2;
  Name = "limits";
  Newline: CHAR = '\n';
  Ratio: REAL = 0.5;
  Mask = 16_FF;
  Enabled = TRUE;

CONST Window = Max - Min + 1;

END Limits.
