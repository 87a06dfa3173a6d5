import { z } from 'zod';
import type { Cadre } from './cadres';

/**
 * Grade (grade, tied to an échelle of the public pay scale) and step (échelon) of a staff member. Statutes differ per
 * cadre and change with the "fonction sanitaire" reform, so a grade is a free code per cadre; the lists below are only
 * the defaults offered by forms and the demo (to confirm with the GST's HR department).
 */
export const defaultGrades: Record<Cadre, readonly string[]> = {
  general_practitioner: ['doctor_first_grade', 'doctor_principal', 'doctor_out_of_grade'],
  specialist: ['doctor_first_grade', 'doctor_principal', 'doctor_out_of_grade', 'professor'],
  pharmacist: ['pharmacist_first_grade', 'pharmacist_principal', 'pharmacist_out_of_grade'],
  dentist: ['dentist_first_grade', 'dentist_principal', 'dentist_out_of_grade'],
  polyvalent_nurse: ['nurse_grade_1', 'nurse_grade_2', 'nurse_principal', 'nurse_out_of_grade'],
  specialised_nurse: ['nurse_grade_1', 'nurse_grade_2', 'nurse_principal', 'nurse_out_of_grade'],
  midwife: ['midwife_grade_1', 'midwife_grade_2', 'midwife_principal', 'midwife_out_of_grade'],
  health_technician: ['technician_grade_1', 'technician_grade_2', 'technician_principal'],
  administrative: ['administrator', 'administrative_assistant', 'administrative_technician'],
  technical: ['engineer', 'technician', 'technical_assistant'],
};

/** A grade code: lower-case letters, digits and underscores (free per cadre, see `defaultGrades`). */
export const gradeSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'A grade code has 2 to 40 lower-case letters, digits or underscores');

/** The step (échelon) inside a grade; public pay scales have at most about a dozen. */
export const stepSchema = z.number().int().min(1).max(15);

/** Whether a grade is one of the defaults offered for the cadre (others are allowed, but worth a second look). */
export const isDefaultGrade = (cadre: Cadre, grade: string): boolean => defaultGrades[cadre].includes(grade);
